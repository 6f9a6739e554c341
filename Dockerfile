# Runtime image for docker-compose.yml; build the jar first: mvn -B -DskipTests package
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/mse-expert-registry-*.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
